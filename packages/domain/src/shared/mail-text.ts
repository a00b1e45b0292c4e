/** The closing line of every mail the portal sends. */
export const gruss = '\n\nMit freundlichen Grüßen\nIhr Ausbildungsportal';
