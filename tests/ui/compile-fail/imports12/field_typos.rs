//@ compile-fail
// Misspelt fields, read and written: a similar field is suggested, and no missing field is reported.
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let r = Rectangle { widht: 3, height: 4 }; //~ ERROR E0560
    let s = Rectangle { width: 3, heigth: 4 }; //~ ERROR E0560
    println!("{}", r.width * s.hieght); //~ ERROR E0609
}
