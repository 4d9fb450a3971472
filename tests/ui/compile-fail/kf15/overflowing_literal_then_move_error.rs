//@ compile-fail
// An out-of-range literal and a use after move: rustc's late lint pass never runs, only E0382 is reported.
fn main() {
    let x: u8 = 300;
    let s = String::new();
    let t = s;
    println!("{} {} {}", s, t, x); //~ ERROR E0382
}
