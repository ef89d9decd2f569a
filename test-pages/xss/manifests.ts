// Every custom element in every package's custom-elements.json, with what a sweep can set on it.
interface Manifest {
  modules: {
    declarations?: {
      customElement?: boolean;
      tagName?: string;
      attributes?: { name: string; type?: { text: string }; fieldName?: string }[];
      members?: { kind: string; name: string; type?: { text: string }; privacy?: string; static?: boolean; readonly?: boolean }[];
      slots?: { name: string }[];
    }[];
  }[];
}

export interface ElementDeclaration {
  tagName: string;
  attributes: { name: string; fieldName?: string; isString: boolean }[];
  /** Public, writable, non-static fields. */
  properties: string[];
  /** Of those, the ones typed as text. */
  stringProperties: string[];
  slots: { name: string }[];
}

const isString = (type?: { text: string }) => !type || /^(string|string \| undefined|string \| null)$/.test(type.text.trim()) || /'[^']*'(\s*\|\s*'[^']*')+/.test(type.text);
const manifests = import.meta.glob<Manifest>('../../packages/*/custom-elements.json', { eager: true, import: 'default' });

export const elementDeclarations: ElementDeclaration[] = Object.values(manifests).flatMap((manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => {
      const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');
      return {
        tagName: declaration.tagName!,
        attributes: (declaration.attributes ?? []).map((a) => ({ name: a.name, fieldName: a.fieldName, isString: isString(a.type) })),
        properties: fields.map((m) => m.name),
        stringProperties: fields.filter((m) => m.type && isString(m.type)).map((m) => m.name),
        slots: declaration.slots ?? [],
      };
    }),
);
