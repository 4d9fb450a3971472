//@ compile-fail
// A value moved in one branch of an `if` may be moved afterwards.
fn main() {
    let s = String::from("maybe");
    let flag = std::env::args().count() > 5;
    if flag {
        drop(s);
    }
    println!("{}", s); //~ ERROR E0382
}
