//@ compile-fail
// A helper takes &String and tries to append to it.
fn shout(s: &String) {
    s.push_str("!!!"); //~ ERROR E0596
}

fn main() {
    let mut msg = String::from("hey");
    shout(&msg);
    msg.push('?');
    println!("{}", msg);
}
