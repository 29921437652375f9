import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS, type Template } from '../../shared/template';
import { DEFAULT_TEMPLATES, defaultTemplate } from './default-templates';
import { CONNECTION_NOTE_LIMIT, linkedInLength } from './linkedin-templates';
import { validateTemplate } from './template-syntax';
import { renderTemplate, type TemplateValues } from './templates';

const full: TemplateValues = {
  'them.firstName': 'Dana',
  'them.company': 'Northwind Health',
  'me.name': 'Ana Souza',
  'me.situation': 'a secondary school teacher moving into UX research',
  'me.targetField': 'UX research',
  'me.signature': 'Ana',
  'me.firstName': 'Ana',
  'me.callMinutes': '15',
  commonGround: 'we were both at the University of Leeds in 2010–2012',
  'referrer.name': 'Sam Lee',
  'meeting.point': '“how research teams earn a seat at the table”',
  'meeting.advice': '“running a small study for a local charity”',
  'update.news': 'I ran that study and it is now in my portfolio.',
  'update.actedOn': 'ran a small study for a local charity',
  lastExchange: 'moving from research into product',
};

const outreach = defaultTemplate('builtin-outreach')!;

function isLinkedIn(template: Template): boolean {
  return template.kind === 'connection-note' || template.kind === 'linkedin-message';
}

describe('DEFAULT_TEMPLATES', () => {
  it('covers outreach by email and LinkedIn, thank-you, keep-posted and check-in, with unique ids', () => {
    expect(DEFAULT_TEMPLATES.map((template) => template.kind)).toEqual(
      TEMPLATE_KINDS.filter((kind) => kind !== 'custom'),
    );
    expect(new Set(DEFAULT_TEMPLATES.map((template) => template.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  it.each(DEFAULT_TEMPLATES.map((template) => [template.kind, template] as const))(
    '%s is valid, built in and short',
    (_kind, template) => {
      expect(validateTemplate(template.subject).errors).toEqual([]);
      expect(validateTemplate(template.body).errors).toEqual([]);
      expect(template.builtIn).toBe(true);
      if (!isLinkedIn(template)) expect(template.subject.trim()).not.toBe('');
      const rendered = renderTemplate(template, full);
      expect(rendered.missing).toEqual([]);
      expect(rendered.body.split(/\s+/).length).toBeLessThan(120);
    },
  );

  it.each(DEFAULT_TEMPLATES.map((template) => [template.kind, template] as const))(
    '%s reads cleanly with nothing filled in',
    (_kind, template) => {
      const rendered = renderTemplate(template, {});
      if (!isLinkedIn(template)) expect(rendered.subject).not.toBe('');
      expect(rendered.body.startsWith('Hi there,\n\n')).toBe(true);
      expect(`${rendered.subject}\n${rendered.body}`).not.toMatch(/\{\{| {2}| [,.!?]|\(\)|\n{3}/);
    },
  );

  it('outreach says who I am, why them, and asks for the call length I chose, naming the referrer', () => {
    const { subject, body } = renderTemplate(outreach, full);
    expect(subject).toBe('15 minutes of advice on UX research?');
    expect(body).toBe(
      [
        'Hi Dana,',
        '',
        'Sam Lee suggested I get in touch. I’m Ana Souza — a secondary school teacher moving into UX research.',
        '',
        'I’m reaching out because of your work at Northwind Health. I noticed we were both at the University of Leeds in 2010–2012, so I’d especially value your perspective.',
        '',
        'Would you have 15 minutes for a call or a coffee in the next few weeks? I’d love to hear how you got to where you are, and I’ll keep to time.',
        '',
        'Thank you,',
        'Ana',
      ].join('\n'),
    );
  });

  it('outreach without a referrer or common ground leaves those sentences out', () => {
    const { body, missing } = renderTemplate(outreach, {
      ...full,
      'referrer.name': '',
      commonGround: undefined,
    });
    expect(body).toContain('\n\nI’m Ana Souza — a secondary school teacher moving into UX research.\n\n');
    expect(body).toContain('I’m reaching out because of your work at Northwind Health.\n\n');
    expect(body).not.toMatch(/suggested|noticed/);
    expect(missing).toEqual(['referrer.name', 'commonGround']);
  });

  it('thank-you has a place for a specific point from the meeting', () => {
    const thanks = defaultTemplate('builtin-thank-you')!;
    expect(thanks.body).toContain('{{meeting.point}}');
    expect(renderTemplate(thanks, full).body).toContain(
      'I especially appreciated what you said (“how research teams earn a seat at the table”)',
    );
    expect(renderTemplate(thanks, {}).missing).toContain('meeting.point');
  });

  it('the connection note fits LinkedIn’s limit when everything is filled in', () => {
    const note = defaultTemplate('builtin-connection-note')!;
    const { body } = renderTemplate(note, full);
    expect(body).toBe(
      'Hi Dana,\n\nI’m Ana Souza — a secondary school teacher moving into UX research. Sam Lee suggested I get in touch. I noticed we were both at the University of Leeds in 2010–2012. Could I ask you for 15 minutes of advice on UX research sometime?',
    );
    expect(linkedInLength(body)).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT);
  });

  it('finds no template for an unknown id', () => {
    expect(defaultTemplate('nope')).toBeUndefined();
  });
});
