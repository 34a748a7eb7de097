// mapshaper ships no type declarations; Kshetra uses only applyCommands.
declare module 'mapshaper' {
	const mapshaper: {
		applyCommands(
			commands: string,
			input: Record<string, unknown>
		): Promise<Record<string, string>>;
	};
	export default mapshaper;
}
