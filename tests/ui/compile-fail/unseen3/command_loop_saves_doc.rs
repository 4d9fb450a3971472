//@ compile-fail
// A document moved into `save` in one match arm is used again on the next turn of the loop.
enum Cmd {
    Save,
    Print,
}

fn save(doc: String) {
    println!("saved {} bytes", doc.len());
}

fn main() {
    let doc = String::from("shopping list");
    let cmds = [Cmd::Print, Cmd::Save, Cmd::Print];
    for c in cmds {
        match c {
            Cmd::Save => save(doc), //~ ERROR E0382
            Cmd::Print => println!("{}", doc),
        }
    }
}
