// `?` on Option inside methods and closures, `ok_or`, `and_then`, `zip` of options
struct Inventory {
    items: Vec<(String, u32)>,
}
impl Inventory {
    fn qty(&self, name: &str) -> Option<u32> {
        let (_, q) = self.items.iter().find(|(n, _)| n == name)?;
        Some(*q)
    }
    fn ratio(&self, a: &str, b: &str) -> Option<f64> {
        let x = self.qty(a)?;
        let y = self.qty(b).filter(|&y| y > 0)?;
        Some(x as f64 / y as f64)
    }
}
fn main() {
    let inv = Inventory { items: vec![("nut".into(), 12), ("bolt".into(), 4), ("gear".into(), 0)] };
    println!("{:?} {:?}", inv.ratio("nut", "bolt"), inv.ratio("nut", "gear"));
    println!("{:?}", inv.ratio("cog", "bolt"));
    let r: Result<u32, String> = inv.qty("bolt").ok_or(String::from("missing"));
    let e: Result<u32, String> = inv.qty("cog").ok_or_else(|| "no cog".to_string());
    println!("{:?} {:?}", r, e);
    let total = inv.qty("nut").zip(inv.qty("bolt")).map(|(a, b)| a + b);
    let halved = inv.qty("nut").and_then(|q| if q % 2 == 0 { Some(q / 2) } else { None });
    println!("{:?} {:?}", total, halved);
    let first_even = || -> Option<u32> {
        let q = inv.items.iter().map(|(_, q)| *q).find(|q| q % 2 == 0)?;
        Some(q * 100)
    };
    println!("{:?}", first_even());
}
