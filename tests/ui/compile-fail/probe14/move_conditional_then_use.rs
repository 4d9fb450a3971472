//@ compile-fail
// Moved under an `if`; used after the `if`.
fn main() {
    let data = vec![1, 2];
    let flag = std::env::args().count() > 5;
    if flag {
        let _taken = data;
    }
    println!("{:?}", data); //~ ERROR E0382
}
