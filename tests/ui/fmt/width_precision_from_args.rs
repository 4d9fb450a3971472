// Width and precision taken from arguments, by position and by name
fn main() {
    let w = 8;
    let p: usize = 2;
    println!("[{:>1$}]", "ab", w);
    println!("[{:^width$}]", "mid", width = 9);
    println!("[{:.1$}]", 3.14159, p);
    println!("[{:>w$.p$}]", 2.71828);
    let names = ["a", "bbb", "cc"];
    let widest = names.iter().map(|n| n.len()).max().unwrap_or(0);
    for n in names {
        println!("|{:<widest$}|", n);
    }
}
