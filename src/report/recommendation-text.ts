// The wording of the recommendation in the human formats (table, Markdown, HTML), kept apart
// from the renderers so it can be reviewed in one place. The reasons themselves come from the
// bank's rules and src/context/messages.ts; names arrive as plain text, unescaped.

export const recommendationText = {
  heading: 'Recommendation',
  verdict: {
    'move-up': (stage: string, next: string) => `move up from ${stage} to ${next}`,
    consolidate: (stage: string) => `stay at ${stage} and consolidate`,
    hold: (stage: string) => `leave things as they are at ${stage} for now`,
  },
  headline: (verdict: string, qualified: boolean) =>
    `Recommendation: ${verdict}${qualified ? '' : ' (unqualified)'}`,
  basis: (day: string, file: string) => `Qualified by the context answered on ${day}, in ${file}.`,
};
