// derive(Default) fills every field with its default; struct update fills the rest.
#[derive(Debug, Default)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    parent: Option<Box<Config>>,
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d = Config { retries: 3, verbose: true, ..Default::default() };
    println!("{:?}", d);
    let e: Config = Default::default();
    println!("{}", e.name.is_empty());
}
