// A variable is initialised on every branch before its use, without a default value.
//@ no-stats
fn main() {
    let label: String;
    let n = std::env::args().count();
    if n > 5 {
        label = String::from("many");
    } else {
        label = format!("{} arg", n);
    }
    println!("{} (cap {})", label, label.capacity() >= label.len());
}
