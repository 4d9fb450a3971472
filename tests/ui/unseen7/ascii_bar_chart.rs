// Horizontal and vertical ASCII bar charts of monthly sales, with scaling, alignment and fill formatting.
struct Series {
    title: String,
    points: Vec<(&'static str, u32)>,
}

impl Series {
    fn max(&self) -> u32 {
        self.points.iter().map(|p| p.1).max().unwrap_or(0)
    }

    fn horizontal(&self, width: u32) -> String {
        let mut out = format!("{:=^40}\n", format!(" {} ", self.title));
        let max = self.max().max(1);
        for (label, v) in &self.points {
            let len = (v * width + max / 2) / max;
            out += &format!("{:>4} |{:<w$}| {:>5}\n", label, "*".repeat(len as usize), v, w = width as usize);
        }
        out
    }

    fn vertical(&self, height: u32) -> Vec<String> {
        let max = self.max().max(1);
        let heights: Vec<u32> = self.points.iter().map(|p| p.1 * height / max).collect();
        let mut rows = Vec::new();
        for level in (1..=height).rev() {
            let row: String = heights.iter().map(|&h| if h >= level { " ## " } else { "    " }).collect();
            rows.push(format!("{:>3}|{}", level * max / height, row.trim_end()));
        }
        rows.push(format!("   +{}", "-".repeat(self.points.len() * 4)));
        rows.push(format!("    {}", self.points.iter().map(|p| format!("{:^4}", p.0)).collect::<String>()));
        rows
    }
}

fn main() {
    let sales = Series {
        title: String::from("sales 2026"),
        points: vec![("jan", 120), ("feb", 95), ("mar", 180), ("apr", 40), ("may", 210), ("jun", 0)],
    };
    print!("{}", sales.horizontal(20));
    for row in sales.vertical(5) {
        println!("{}", row);
    }
    let total: u32 = sales.points.iter().map(|p| p.1).sum();
    let avg = total as f64 / sales.points.len() as f64;
    println!("{:-<30}", "");
    println!("{:<10}{:>20}", "total", total);
    println!("{:<10}{:>20.3}", "average", avg);
    println!("{:<10}{:>+20}", "vs target", total as i64 - 700);
    println!("{:*>10}|{:#<10}|{:^10}|", 42, "ab", "mid");
    let empty = Series { title: "empty".into(), points: vec![] };
    print!("{}", empty.horizontal(10));
}
