//@ compile-fail
// A getter returns a reference to a clone of the field it should lend.
struct Roster {
    list: Vec<String>,
}

impl Roster {
    fn names(&self) -> &Vec<String> {
        &self.list.clone() //~ ERROR E0515
    }
}

fn main() {
    let r = Roster { list: vec![String::from("a")] };
    println!("{:?}", r.names());
}
