// unwrap on a failed parse panics with the ParseIntError's Debug; earlier values are printed.
fn main() {
    let inputs = ["10", "-3", "4x"];
    let mut total = 0;
    for s in inputs {
        let n: i32 = s.parse().unwrap();
        total += n;
        println!("{} -> total {}", s, total);
    }
    println!("never {}", total);
}
