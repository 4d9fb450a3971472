//@ compile-fail
// A variable declared inside an if block is used after it.
fn main() {
    let temperature = 31;
    if temperature > 30 {
        let warning = "hot";
        println!("{}", warning);
    }
    println!("{}", warning); //~ ERROR E0425
}
