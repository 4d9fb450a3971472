//@ compile-fail
// Reading a Vec's size with the JavaScript property `.length`.
fn main() {
    let names = vec!["a", "b", "c"];
    for i in 0..names.length { //~ ERROR E0609
        println!("{}", names[i]);
    }
}
