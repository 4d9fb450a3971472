// `==` on references to type parameters with `PartialEq`, and with `PartialOrd` (whose supertrait is `PartialEq`).
fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}
fn not_more<T: PartialOrd>(a: &T, b: &T) -> bool {
    a == b || a < b
}
fn main() {
    println!("{} {}", same(&1, &1), same(&"a", &"b"));
    println!("{} {}", not_more(&1.5, &2.0), not_more(&3, &2));
}
