// The file's documents (CONTRACT.md `documents`): multipart upload, downloads with the bearer
// header (download.ts), deletion, verification of a signed document.
import { API_URL } from './api-url';
import { downloadFile } from './download';
import { httpClient } from './http-client';

export type FileDocument = {
  id: number;
  name: string;
  type: string;
  typeLabel: string | null;
  folder: string | null;
  size: number;
  mime: string;
  uploadedAt: string;
  uploadedBy: string | null;
  sentOn: string | null;
  source: string;
  locked: boolean;
  nameFixed?: boolean;
};

export type DocumentType = { id: string; code: string; label: string; folder: string | null; folderScope: string | null; folderPosition: number };

export const documentMethods = {
  fileDocuments: async (beneficiaryId: number): Promise<FileDocument[]> => (await httpClient(`${API_URL}/beneficiaries/${beneficiaryId}/documents`)).json as FileDocument[],
  documentTypes: async (): Promise<DocumentType[]> => (await httpClient(`${API_URL}/document-types`)).json as DocumentType[],
  uploadDocument: async (beneficiaryId: number, input: { file: File; type: string; name?: string; sentOn?: string }): Promise<FileDocument> => {
    const form = new FormData();
    form.append('file', input.file, input.file.name);
    form.append('type', input.type);
    if (input.name) form.append('name', input.name);
    if (input.sentOn) form.append('sentOn', input.sentOn);
    return (await httpClient(`${API_URL}/beneficiaries/${beneficiaryId}/documents`, { method: 'POST', body: form })).json as FileDocument;
  },
  downloadDocument: (id: number, name: string) => downloadFile(`${API_URL}/documents/${id}/content`, name),
  deleteDocument: async (id: number): Promise<void> => {
    await httpClient(`${API_URL}/documents/${id}`, { method: 'DELETE' });
  },
  verifyDocument: async (id: number): Promise<{ valid: boolean }> => (await httpClient(`${API_URL}/documents/${id}/verification`)).json as { valid: boolean },
};
