// A closure mutably capturing a counter and a String is called twice, then both are read once it is no longer used.
fn main() {
    let mut chars = 0;
    let mut log = String::new();
    let mut feed = |w: &str| {
        chars += w.len();
        log.push_str(w);
        log.push(',');
    };
    feed("alpha");
    feed("beta");
    println!("{} {}", chars, log);
}
