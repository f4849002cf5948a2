// The part of autocannon 9's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type TOptions = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    timeout?: number;
  };
  type TResult = { requests: { average: number; total: number }; non2xx: number; errors: number; timeouts: number; duration: number };
  type TInstance = {
    on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
    then: Promise<TResult>["then"];
  };
  function autocannon(options: TOptions): TInstance;
  export default autocannon;
}
