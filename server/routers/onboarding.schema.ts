import { z } from 'zod';
import { isTemplateId, type TemplateId } from '@/server/onboarding/templates';

export const MAX_TEMPLATES_PER_APPLY = 6;

export const applyTemplatesSchema = z.object({
  templateIds: z
    .array(z.string().max(64), { error: 'Pick the templates to add.' })
    .min(1, 'Pick at least one template.')
    .max(MAX_TEMPLATES_PER_APPLY, `Pick at most ${MAX_TEMPLATES_PER_APPLY} templates at once.`)
    .superRefine((ids, ctx) => {
      // On the list itself (not on an item), so the form shows it beside the checkboxes.
      const unknown = ids.filter((id) => !isTemplateId(id));
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `There is no template ${unknown.map((id) => `“${id}”`).join(', ')}: pick from the list.`,
        });
      else if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', message: 'Pick each template once.' });
    })
    .transform((ids) => ids as TemplateId[]),
});
