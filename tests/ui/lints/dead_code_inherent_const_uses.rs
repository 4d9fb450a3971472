// An inherent constant used anywhere makes its struct live; a struct whose constant is unused is never constructed.
struct Shown;
impl Shown {
    const LABEL: u32 = 1;
}
struct Summed;
impl Summed {
    const BASE: usize = 4;
}
struct Stored;
impl Stored {
    const SEED: u64 = 9;
}
struct Unused;
impl Unused {
    const NONE: u8 = 0;
}
const START: u64 = Stored::SEED;
fn main() {
    println!("{}", Shown::LABEL);
    let total = Summed::BASE + 1;
    println!("{total} {START}");
}
