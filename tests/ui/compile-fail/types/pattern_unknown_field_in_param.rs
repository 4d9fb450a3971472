//@ compile-fail
// A struct pattern in a function parameter naming a missing field.
struct Size {
    width: u32,
    height: u32,
}

fn area(Size { width, hieght, .. }: Size) -> u32 { //~ ERROR E0026
    width * hieght
}

fn main() {
    println!("{}", area(Size { width: 2, height: 3 }));
}
