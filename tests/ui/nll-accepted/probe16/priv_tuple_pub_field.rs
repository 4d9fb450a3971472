// A tuple struct with a pub field built and read from outside its module.
mod m {
    pub struct Id(pub u32);
    pub const LIMIT: u32 = 3;
}
fn main() {
    let i = m::Id(1);
    println!("{} {}", i.0, m::LIMIT);
}
