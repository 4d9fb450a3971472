// assert_ne! with a message.
#[derive(Debug, PartialEq)]
struct Id(u32);

fn main() {
    let a = Id(4);
    let b = Id(4);
    let c = Id(5);
    assert_ne!(a, c, "ids must differ");
    assert_ne!(a, b, "ids must differ");
}
