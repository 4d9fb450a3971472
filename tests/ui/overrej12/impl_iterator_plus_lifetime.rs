// methods returning `impl Iterator<Item = ..> + '_` borrowing self
struct Roster {
    names: Vec<String>,
    ages: Vec<u32>,
}
impl Roster {
    fn adults(&self) -> impl Iterator<Item = &str> + '_ {
        self.names.iter().zip(self.ages.iter()).filter(|(_, a)| **a >= 18).map(|(n, _)| n.as_str())
    }
    fn initials(&self) -> impl Iterator<Item = char> + '_ {
        self.names.iter().filter_map(|n| n.chars().next())
    }
}
fn evens(v: &[i32]) -> impl Iterator<Item = i32> + '_ {
    v.iter().copied().filter(|x| x % 2 == 0)
}
fn main() {
    let r = Roster { names: vec!["ann".into(), "bob".into(), "cy".into()], ages: vec![30, 12, 18] };
    let a: Vec<&str> = r.adults().collect();
    println!("{:?}", a);
    let i: String = r.initials().collect();
    println!("{}", i);
    let v = vec![1, 2, 3, 4, 6];
    println!("{}", evens(&v).sum::<i32>());
}
