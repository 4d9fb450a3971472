// #[derive(Default)] with a &str field (std: impl Default for &str), struct update from Default.
#[derive(Debug, Default, Clone, PartialEq)]
struct Config { name: &'static str, retries: u32, verbose: bool, tags: Vec<String>, ratio: f64, label: Option<String> }
fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d = Config { name: "x", ..Default::default() };
    println!("{:?} {}", d, d == c);
    let s: &str = Default::default();
    println!("[{s}]");
}
