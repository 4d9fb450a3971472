//@ compile-fail
// `contains` on a Vec<String> wants `&String`; a string literal is `&str`.
fn main() {
    let guests = vec![String::from("ann"), String::from("bob")];
    if guests.contains("bob") { //~ ERROR E0308
        println!("bob is in");
    }
}
