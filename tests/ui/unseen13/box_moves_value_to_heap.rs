// A large array boxed on the heap is moved between functions: only the pointer moves.
struct Image {
    pixels: Box<[u8; 4096]>,
    width: usize,
}

fn make_image(width: usize) -> Image {
    let mut pixels = Box::new([0_u8; 4096]);
    for (i, p) in pixels.iter_mut().enumerate() {
        *p = (i % 251) as u8;
    }
    Image { pixels, width }
}

fn brightness(img: &Image) -> u64 {
    img.pixels.iter().map(|&p| p as u64).sum()
}

fn invert(mut img: Image) -> Image {
    for p in img.pixels.iter_mut() {
        *p = 255 - *p;
    }
    img
}

fn main() {
    let img = make_image(64);
    println!("width {} rows {}", img.width, img.pixels.len() / img.width);
    println!("size of Image on the stack: {}", std::mem::size_of::<Image>());
    println!("brightness {}", brightness(&img));
    let img = invert(img);
    println!("after invert {}", brightness(&img));
    println!("first pixels {:?}", &img.pixels[..5]);
    let boxed: Box<u32> = Box::new(7);
    let unboxed: u32 = *boxed;
    println!("unboxed {}", unboxed + 1);
}
