declare module '@socialgouv/jours-feries' {
  const getJoursFeries: (year: number, options?: { alsace?: boolean }) => Record<string, Date>;
  export default getJoursFeries;
}
