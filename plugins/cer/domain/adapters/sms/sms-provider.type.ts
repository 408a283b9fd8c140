export type SmsMessage = {
  // A French mobile number, in any usual writing ("06 12 34 56 78", "+33 6…").
  to: string;
  text: string;
  sender: string;
};

export type SmsProvider = {
  send(message: SmsMessage): Promise<{ id: string }>;
};
