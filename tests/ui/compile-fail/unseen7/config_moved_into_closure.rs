//@ compile-fail
// A move closure takes the config Vec; main prints the Vec afterwards.
fn main() {
    let config = vec![("retries", 3), ("timeout", 30)];
    let lookup = move |key: &str| {
        config.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    };
    println!("retries = {:?}", lookup("retries"));
    println!("{} settings", config.len()); //~ ERROR E0382
}
