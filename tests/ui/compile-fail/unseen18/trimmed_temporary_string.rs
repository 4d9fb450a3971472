//@ compile-fail
// Trimming a temporary String built by format!: the slice outlives the temporary.
fn main() {
    let name = "  Ana  ";
    let trimmed = format!("{}!", name).trim(); //~ ERROR E0716
    println!("[{}]", trimmed);
}
