//@ compile-fail
// A field is moved out of a struct that implements Drop.
struct File {
    name: String,
}

impl Drop for File {
    fn drop(&mut self) {
        println!("close {}", self.name);
    }
}

fn main() {
    let f = File { name: String::from("a.txt") };
    let name = f.name; //~ ERROR E0509
    println!("{}", name);
}
