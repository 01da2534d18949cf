/**
 * Countries and international organisations in both languages, for the
 * entity list. Names are written as printed; matching folds spelling variants.
 * A small list on purpose: people and outlets are found from the text itself.
 */
import type { EntityKind } from './types.js';

export interface GazetteerEntry {
  kind: Exclude<EntityKind, 'person'>;
  en: string[];
  ar: string[];
}

const country = (en: string, ar: string): GazetteerEntry => ({ kind: 'country', en: en.split('|'), ar: ar.split('|') });
const organisation = (en: string, ar: string): GazetteerEntry => ({ kind: 'organisation', en: en.split('|'), ar: ar.split('|') });

export const GAZETTEER: GazetteerEntry[] = [
  country('Kazakhstan', 'كازاخستان'),
  country('Russia|Russian Federation', 'روسيا|روسيا الاتحادية'),
  country('China|PRC', 'الصين'),
  country('United States|USA|U.S.', 'الولايات المتحدة|أمريكا|أميركا'),
  country('Ukraine', 'أوكرانيا'),
  country('Uzbekistan', 'أوزبكستان'),
  country('Kyrgyzstan', 'قيرغيزستان|قرغيزستان'),
  country('Tajikistan', 'طاجيكستان'),
  country('Turkmenistan', 'تركمانستان'),
  country('Azerbaijan', 'أذربيجان'),
  country('Armenia', 'أرمينيا'),
  country('Georgia', 'جورجيا'),
  country('Belarus', 'بيلاروسيا'),
  country('Mongolia', 'منغوليا'),
  country('Turkey|Türkiye', 'تركيا'),
  country('Iran', 'إيران'),
  country('Iraq', 'العراق'),
  country('Syria', 'سوريا|سورية'),
  country('Lebanon', 'لبنان'),
  country('Jordan', 'الأردن'),
  country('Egypt', 'مصر'),
  country('Saudi Arabia', 'السعودية|المملكة العربية السعودية'),
  country('United Arab Emirates|UAE', 'الإمارات'),
  country('Qatar', 'قطر'),
  country('Kuwait', 'الكويت'),
  country('Bahrain', 'البحرين'),
  country('Yemen', 'اليمن'),
  country('Israel', 'إسرائيل'),
  country('Palestine', 'فلسطين'),
  country('Libya', 'ليبيا'),
  country('Tunisia', 'تونس'),
  country('Algeria', 'الجزائر'),
  country('Morocco', 'المغرب'),
  country('Sudan', 'السودان'),
  country('India', 'الهند'),
  country('Pakistan', 'باكستان'),
  country('Afghanistan', 'أفغانستان'),
  country('Japan', 'اليابان'),
  country('South Korea', 'كوريا الجنوبية'),
  country('North Korea', 'كوريا الشمالية'),
  country('Germany', 'ألمانيا'),
  country('France', 'فرنسا'),
  country('United Kingdom|Britain|UK', 'المملكة المتحدة|بريطانيا'),
  country('Italy', 'إيطاليا'),
  country('Spain', 'إسبانيا'),
  country('Poland', 'بولندا'),
  organisation('United Nations|UN|U.N.', 'الأمم المتحدة'),
  organisation('Security Council', 'مجلس الأمن'),
  organisation('NATO', 'الناتو|حلف شمال الأطلسي'),
  organisation('European Union|EU', 'الاتحاد الأوروبي'),
  organisation('Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO', 'منظمة شنغهاي للتعاون'),
  organisation('Collective Security Treaty Organization|CSTO', 'منظمة معاهدة الأمن الجماعي'),
  organisation('Eurasian Economic Union|EAEU', 'الاتحاد الاقتصادي الأوراسي'),
  organisation('Commonwealth of Independent States|CIS', 'رابطة الدول المستقلة'),
  organisation('BRICS', 'بريكس'),
  organisation('OPEC', 'أوبك'),
  organisation('World Bank', 'البنك الدولي'),
  organisation('International Monetary Fund|IMF', 'صندوق النقد الدولي'),
  organisation('World Health Organization|WHO', 'منظمة الصحة العالمية'),
  organisation('Arab League', 'جامعة الدول العربية'),
  organisation('African Union', 'الاتحاد الأفريقي'),
  organisation('OSCE', 'منظمة الأمن والتعاون في أوروبا'),
  organisation('Akorda', 'أكوردا'),
];
