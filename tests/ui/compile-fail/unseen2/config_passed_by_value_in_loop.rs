//@ compile-fail
// A non-Copy struct passed by value is moved at the first iteration.
struct Config {
    verbose: bool,
    prefix: String,
}

fn run(job: u32, cfg: Config) {
    if cfg.verbose {
        println!("{}{}", cfg.prefix, job);
    }
}

fn main() {
    let config = Config { verbose: true, prefix: String::from("job ") };
    for job in 1..4 {
        run(job, config); //~ ERROR E0382
    }
}
