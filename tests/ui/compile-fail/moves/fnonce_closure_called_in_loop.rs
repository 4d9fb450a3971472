//@ compile-fail
// A closure returning its captured String is FnOnce: calling it in a loop moves it twice.
fn main() {
    let msg = String::from("bye");
    let f = move || msg;
    for _ in 0..2 {
        let m = f(); //~ ERROR E0382
        println!("{}", m);
    }
}
