// `&STATIC` borrows static memory (`&'static`, kept past the statement) and `let m = &mut CONST;`
// borrows a temporary copy extended to the block: rustc accepts both, the constant is unchanged.
struct Item {
    id: u32,
    label: &'static str,
}
static TABLE: [i32; 3] = [4, 5, 6];
static ITEM: Item = Item { id: 7, label: "seven" };
const START: [i32; 3] = [1, 2, 3];
const DEFAULT: Item = Item { id: 1, label: "one" };
fn first() -> &'static i32 {
    &TABLE[0]
}
fn item_label() -> &'static str {
    ITEM.label
}
fn main() {
    let r = &TABLE;
    let all: Vec<&'static i32> = TABLE.iter().collect();
    let it = &ITEM;
    println!("{:?} {} {:?} {} {}", r, first(), all, it.id, item_label());
    let m = &mut START;
    m[0] = 10;
    let d = &mut DEFAULT;
    d.id += 1;
    println!("{:?} {:?} {} {} {}", m, START, d.id, d.label, DEFAULT.id);
}
