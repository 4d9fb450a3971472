//@ compile-fail
// Building a struct from a String moves the String into the field.
struct Label {
    text: String,
}

fn main() {
    let text = String::from("exit");
    let l = Label { text };
    println!("{} {}", l.text, text); //~ ERROR E0382
}
