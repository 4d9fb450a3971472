//@ compile-fail
// Two structs holding each other by value (through a tuple): neither has a finite size.
struct Folder { //~ ERROR E0072
    name: String,
    latest: (u32, File),
}

struct File {
    size: u64,
    parent: Folder,
}

fn main() {
    println!("folders and files");
}
