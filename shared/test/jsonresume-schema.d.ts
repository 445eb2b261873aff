// Types for the official JSON Resume validator (the package ships none).
declare module '@jsonresume/schema' {
  type ValidationError = {
    readonly stack: string;
    readonly property: string;
    readonly message: string;
  };
  const jsonResumeSchema: {
    validate(
      resume: unknown,
      callback: (errors: ValidationError[] | null, valid: boolean) => void,
    ): void;
    readonly schema: object;
  };
  export default jsonResumeSchema;
}
