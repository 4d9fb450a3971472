//@ compile-fail
// The move happens before `continue`, so the next iteration uses a moved value.
fn consume(s: String) -> usize { s.len() }
fn main() {
    let s = String::from("abc");
    let mut n = 0;
    while n < 10 {
        n += 1;
        if n % 2 == 0 {
            n += consume(s); //~ ERROR E0382
            continue;
        }
    }
}
