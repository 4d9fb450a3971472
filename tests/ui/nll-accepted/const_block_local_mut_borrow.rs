// A `&mut` used inside a `let` of a constant's block, and shared borrows of temporaries in statics, are allowed (no E0764).
const BUMPED: u32 = {
    let x = &mut 5;
    *x += 1;
    *x
};
static LIMITS: &[u32] = &[1, 2, 3];
static PAIR: (u32, &u32) = (1, &2);
static OPT: Option<&u32> = Some(&7);
fn main() {
    println!("{} {:?} {} {} {:?}", BUMPED, LIMITS, PAIR.0, PAIR.1, OPT);
}
