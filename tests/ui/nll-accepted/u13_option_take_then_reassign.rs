// A field is taken out with Option::take and the struct is used again at once.
struct Slot {
    value: Option<String>,
    uses: u32,
}

fn main() {
    let mut s = Slot { value: Some(String::from("plein")), uses: 0 };
    let old = s.value.take();
    s.uses += 1;
    s.value = Some(String::from("neuf"));
    println!("{:?} {:?} {}", old, s.value, s.uses);
}
