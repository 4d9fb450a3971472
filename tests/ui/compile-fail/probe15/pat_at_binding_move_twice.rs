//@ compile-fail
// `whole @ (first, _)` with a non-Copy first element moves it twice (E0382).
fn main() {
    let t = (String::from("a"), 1);
    let whole @ (first, _) = t; //~ ERROR E0382
    println!("{:?} {}", whole, first);
}
