//@ compile-fail
// Repeating a String value and an Option<Vec<u8>> in array expressions: the operand must be Copy past one element.
fn main() {
    let name = String::from("slot");
    let names = [name; 3]; //~ ERROR E0277
    let buffers: [Option<Vec<u8>>; 4] = [None; 4]; //~ ERROR E0277
    println!("{} {}", names.len(), buffers.len());
}
