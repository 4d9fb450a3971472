// Image filters as trait objects in a pipeline, plus a generic function over any Filter; pixels in a Vec<u8>.
trait Filter {
    fn name(&self) -> String;
    fn apply(&self, px: u8) -> u8;
}

struct Invert;
struct Threshold {
    level: u8,
}
struct Brighten {
    amount: u8,
}

impl Filter for Invert {
    fn name(&self) -> String {
        "invert".to_string()
    }
    fn apply(&self, px: u8) -> u8 {
        255 - px
    }
}

impl Filter for Threshold {
    fn name(&self) -> String {
        format!("threshold({})", self.level)
    }
    fn apply(&self, px: u8) -> u8 {
        if px >= self.level { 255 } else { 0 }
    }
}

impl Filter for Brighten {
    fn name(&self) -> String {
        format!("brighten(+{})", self.amount)
    }
    fn apply(&self, px: u8) -> u8 {
        px.saturating_add(self.amount)
    }
}

struct Image {
    width: usize,
    pixels: Vec<u8>,
}

impl Image {
    fn show(&self, title: &str) {
        println!("{}:", title);
        for row in self.pixels.chunks(self.width) {
            let line: String = row.iter().map(|&p| match p { 0..=63 => ' ', 64..=127 => '.', 128..=191 => '+', _ => '#' }).collect();
            let nums: Vec<String> = row.iter().map(|p| format!("{:3}", p)).collect();
            println!("  |{}| {}", line, nums.join(" "));
        }
    }
}

fn apply_one<F: Filter + ?Sized>(img: &mut Image, f: &F) {
    for p in img.pixels.iter_mut() {
        *p = f.apply(*p);
    }
}

fn main() {
    let mut img = Image { width: 4, pixels: vec![0, 60, 120, 250, 30, 90, 150, 210, 200, 140, 80, 20] };
    img.show("original");
    let pipeline: Vec<Box<dyn Filter>> = vec![
        Box::new(Brighten { amount: 50 }),
        Box::new(Invert),
        Box::new(Threshold { level: 100 }),
    ];
    for f in &pipeline {
        apply_one(&mut img, f.as_ref());
        img.show(&f.name());
    }
    let names: Vec<String> = pipeline.iter().map(|f| f.name()).collect();
    println!("pipeline: {}", names.join(" | "));
    let mut second = Image { width: 3, pixels: vec![10, 128, 255] };
    apply_one(&mut second, &Invert);
    println!("{:?}", second.pixels);
    let white = img.pixels.iter().filter(|&&p| p == 255).count();
    println!("white pixels: {}/{}", white, img.pixels.len());
}
