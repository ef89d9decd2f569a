
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'kith.error-prefix': `Gwall:`,
'kith.text-input.required': str`Rhowch ateb i ‘${0}’`,
    };
  