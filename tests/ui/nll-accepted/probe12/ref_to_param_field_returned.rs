// Returning references into parameters instead of temporaries.
struct P {
    name: String,
}
impl P {
    fn label(&self) -> &str {
        &self.name
    }
}
fn first(v: &Vec<u32>) -> &u32 {
    &v[0]
}
fn main() {
    let p = P { name: String::from("n") };
    println!("{} {}", p.label(), first(&vec![4]));
}
